// The page annotator's interactive parts, which its content script imports on demand (see
// entrypoints/content/page-ui/page-ui-api.ts). Running here only hands them over.
import { buildCard } from './content/card/build-card';
import { registerPageUi } from './content/page-ui/page-ui-api';
import { TextareaOverlays } from './content/textarea/textarea-overlays';

export default defineUnlistedScript(() => registerPageUi({ buildCard, TextareaOverlays }));
