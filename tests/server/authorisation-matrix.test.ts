// The authorisation matrix on the embedded database (see tests/support/authorisation-matrix.ts).
import { describeAuthorisationMatrix } from '../support/authorisation-matrix.ts';

describeAuthorisationMatrix('PGlite');
