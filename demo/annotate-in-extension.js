// The demo page ships inside PortLens (/demo/router-demo.html) and is also served on 127.0.0.1 by
// `npm start`. On 127.0.0.1 the browser runs the content script by itself (a default router
// address); an extension page gets no content scripts, so there this loads the same annotator file
// (CONTENT_SCRIPT_FILE in messaging/extension-paths.ts; a unit test keeps the two paths equal).
if (location.protocol === 'chrome-extension:' || location.protocol === 'moz-extension:') {
  const script = document.createElement('script');
  script.src = '/content-scripts/content.js';
  document.head.append(script);
}
