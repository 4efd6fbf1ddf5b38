// The page annotator's interactive parts, which its content script imports on demand (see
// entrypoints/content/page-ui/page-ui-api.ts). Running here only hands them over.
import { CardController } from './content/card/card-controller';
import { KeyboardTarget } from './content/card/keyboard-target';
import { createPageHitTest } from './content/card/page-hit-test';
import { registerPageUi } from './content/page-ui/page-ui-api';
import { TextareaOverlays } from './content/textarea/textarea-overlays';

export default defineUnlistedScript(() => registerPageUi({ CardController, KeyboardTarget, createPageHitTest, TextareaOverlays }));
