/** The saved pages the demo opens, each at the address the real site uses. */
export interface DemoPage {
  url: string;
  /** Under tests/fixtures. */
  file: string;
  label: string;
}

export const DEMO_PAGES: DemoPage[] = [
  { url: 'https://www.instagram.com/lena.travels/', file: 'instagram/built/rendered-profile.html', label: 'Instagram · @lena.travels (rendered profile)' },
  { url: 'https://www.instagram.com/arif.shoots/', file: 'instagram/built/rendered-profile-b.html', label: 'Instagram · @arif.shoots (rendered profile)' },
  { url: 'https://www.instagram.com/pluto__travel/', file: 'instagram/ig_profile_pluto__travel_2024-12_raw_metascraper.html', label: 'Instagram · @pluto__travel (real logged-out capture)' },
];
