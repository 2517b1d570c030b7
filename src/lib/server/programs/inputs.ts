// Zod shapes of what the program pages accept; messages are catalogue keys.
export {
	newTitleInput as newProgramInput,
	documentId as programId,
	versionNumber,
	draftSave
} from '../platform/content-inputs.ts';
