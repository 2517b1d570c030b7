// Zod shapes of what the moderation pages accept.
import { z } from 'zod';
import { uuid } from '#lib/domain/ids.ts';

/** "I have checked in with her", for one held text. */
export const checkInInput = z.object({ id: uuid });
