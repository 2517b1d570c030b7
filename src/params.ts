// Route parameter matchers. `tool`: the kinds of workshop tool with pages under /tools and /play.
import { defineParams } from '@sveltejs/kit/params';
import { z } from 'zod';
import { TOOL_KINDS } from '#lib/ui/tools/tool-kinds.ts';

export const params = defineParams({ tool: z.enum(TOOL_KINDS) });
