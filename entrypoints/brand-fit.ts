import { defineUnlistedScript } from '#imports';
import { provideBrandFit } from '../lib/background/brand-fit-script';
import * as brandFit from '../lib/scoring/brand-fit';

// Brand fit for the background, which runs this script only while a brief is active.
export default defineUnlistedScript(() => provideBrandFit(brandFit));
