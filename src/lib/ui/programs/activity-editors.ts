// The editor component of each activity kind's settings: one line per kind, beside the domain registry
// (src/lib/domain/programs/activity-kinds.ts). A kind with nothing to set has no entry.
import type { Component } from 'svelte';
import CheckInSettings from './kinds/CheckInSettings.svelte';
import DiscussionSettings from './kinds/DiscussionSettings.svelte';
import GroundingSettings from './kinds/GroundingSettings.svelte';
import ReflectionSettings from './kinds/ReflectionSettings.svelte';
import ToolSettings from './kinds/ToolSettings.svelte';

// Each editor takes the activity's settings object of its own kind, and mutates it in place.
type SettingsEditor = Component<{ id: string; settings: never }>;

export const SETTINGS_EDITORS: Record<string, SettingsEditor> = {
	discussion: DiscussionSettings as SettingsEditor,
	reflection: ReflectionSettings as SettingsEditor,
	'check-in': CheckInSettings as SettingsEditor,
	grounding: GroundingSettings as SettingsEditor,
	'card-game': ToolSettings as SettingsEditor,
	scenario: ToolSettings as SettingsEditor,
	video: ToolSettings as SettingsEditor
};
