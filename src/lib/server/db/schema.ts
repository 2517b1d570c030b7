// The one schema of the application: every module's tables, gathered for Drizzle and drizzle-kit.
export * from '../platform/schema.ts';
export * from '../identity/schema.ts';
export * from '../resources/schema.ts';
export * from '../media/schema.ts';
export * from '../live/schema.ts';
export * from '../moderation/schema.ts';
export * from '../cocreation/schema.ts';
export * from '../logbook/schema.ts';
