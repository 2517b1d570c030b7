// A help service as pages show it: name, what it is for, and how to reach it (call, text, website).
import type { Localized } from '../programs/localized.ts';

export type HelpService = {
	id?: string | null;
	name: Localized;
	description: Localized;
	phone: string | null;
	textNumber: string | null;
	url: string | null;
};
