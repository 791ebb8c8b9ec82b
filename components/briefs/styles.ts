import type { CSSProperties } from 'preact';

/** The briefs workspace's look, inline: it renders in the side panel and in tests without a stylesheet. */
export const styles = {
  panel: { display: 'flex', flexDirection: 'column', gap: '16px', padding: '12px', fontSize: '14px', lineHeight: '20px' },
  section: { display: 'flex', flexDirection: 'column', gap: '8px', border: '1px solid #d0d7de', borderRadius: '6px', padding: '12px' },
  field: { display: 'flex', flexDirection: 'column', gap: '4px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '8px', alignItems: 'center' },
  input: { padding: '6px 8px', fontSize: '14px', borderRadius: '4px', border: '1px solid #8c959f' },
  list: { listStyle: 'none', margin: '0px', padding: '0px', display: 'flex', flexDirection: 'column', gap: '4px' },
  chip: { display: 'inline-flex', gap: '4px', alignItems: 'center', padding: '2px 8px', borderRadius: '12px', background: '#eef2f6' },
  results: { maxHeight: '180px', overflowY: 'auto', border: '1px solid #d0d7de', borderRadius: '4px', padding: '4px' },
  ok: { color: '#1a7f37' },
  error: { color: '#cf222e' },
  heading: { margin: '0px', fontSize: '15px' },
} satisfies Record<string, CSSProperties>;
