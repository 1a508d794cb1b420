export * from './schema.ts';
export * from './store.ts';
export { migrate, MIGRATIONS, type Migration, type MigrateFailure } from './migrate.ts';
export { checkData } from './validate-data.ts';
