import type { DBCore, DBCoreTable, Dexie } from 'dexie';

/**
 * Puts a watcher into the store's DBCore stack (Dexie's lowest layer, one call per IndexedDB request):
 * for each table, `wrap` returns the methods to stand in for the table's own (each calls the one it
 * replaces). It sees the requests of a store opened after this call: close an open store first.
 */
export function watchTables(db: Dexie, name: string, wrap: (tableName: string, table: DBCoreTable) => Partial<DBCoreTable>): void {
  db.use({
    stack: 'dbcore',
    name,
    create: (down: DBCore): DBCore => ({
      ...down,
      table(tableName: string): DBCoreTable {
        const table = down.table(tableName);
        return { ...table, ...wrap(tableName, table) };
      },
    }),
  });
}
