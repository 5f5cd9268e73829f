// Tinos is metric-compatible with Times New Roman (the decree's font): the page looks and breaks
// the same on a machine without it. Only the subsets Vietnamese needs.
import '@fontsource/tinos/latin-400.css';
import '@fontsource/tinos/latin-ext-400.css';
import '@fontsource/tinos/vietnamese-400.css';
import '@fontsource/tinos/latin-700.css';
import '@fontsource/tinos/latin-ext-700.css';
import '@fontsource/tinos/vietnamese-700.css';
import '@fontsource/tinos/latin-400-italic.css';
import '@fontsource/tinos/latin-ext-400-italic.css';
import '@fontsource/tinos/vietnamese-400-italic.css';
import '@fontsource/tinos/latin-700-italic.css';
import '@fontsource/tinos/latin-ext-700-italic.css';
import '@fontsource/tinos/vietnamese-700-italic.css';
