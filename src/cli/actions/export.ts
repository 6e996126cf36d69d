import { exportStore } from '../../store/queries/export.js';
import type { ExportCommandOptions } from '../commands/export.js';
import type { CliState } from '../state.js';
import { withStore } from './with-store.js';

/** Write the store to standard output. */
export async function runExport(options: ExportCommandOptions, state: CliState): Promise<void> {
  await withStore(options.db, (store) => exportStore(store.db, options.format, state.io.out));
}
