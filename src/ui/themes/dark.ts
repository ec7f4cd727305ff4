// A chunk of its own: see fluentThemes.ts.
export { webDarkTheme as theme } from '@fluentui/react-components';
