/** The side panel's tabs, in their order. No imports: the panel's first script reads these before its interface loads. */
export const TABS = ['shortlists', 'campaigns', 'briefs', 'data', 'team'] as const;
export type Tab = (typeof TABS)[number];

/** The tab the panel opens on: the one its address names (`sidepanel.html#briefs`), else the shortlists. */
export function openingTab(name: string | undefined): Tab {
  return TABS.find((tab) => tab === name) ?? 'shortlists';
}
