// Route parameter matchers. `tool`: the kinds of workshop tool of the registry, by their address segment.
import { defineParams } from '@sveltejs/kit/params';
import { z } from 'zod';
import { TOOL_SEGMENTS } from '#lib/domain/tools/registry.ts';

export const params = defineParams({ tool: z.enum(TOOL_SEGMENTS) });
