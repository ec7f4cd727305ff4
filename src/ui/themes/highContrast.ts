// A chunk of its own: see fluentThemes.ts.
export { teamsHighContrastTheme as theme } from '@fluentui/react-components';
