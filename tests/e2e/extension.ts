export { FIXTURES, launchExtension, overlay, waitForReadyOverlay, type ExtensionSession } from '../../lib/cli/launch';
