import { useEffect, useState } from 'preact/hooks';
import type { WorkspaceRow } from '../../../lib/storage/workspace';

/** The creators ticked in the list. Selection only ever holds rows that are still shown. */
export function useSelection(rows: readonly WorkspaceRow[] | undefined) {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!rows) return;
    const shown = new Set(rows.map((r) => r.creator.key));
    setSelected((s) => {
      const kept = new Set([...s].filter((k) => shown.has(k)));
      return kept.size === s.size ? s : kept;
    });
  }, [rows]);
  const toggle = (key: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  return { selected, setSelected, toggle };
}
