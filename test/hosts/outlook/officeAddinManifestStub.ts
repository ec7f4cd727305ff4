// office-addin-mock imports office-addin-manifest only for its OfficeApp enum, and that package
// pulls in ESM-only dependencies (strip-bom) that jest's CommonJS runtime cannot load on Node 20.
// The outlook jest project maps the module here (jest.config.js, moduleNameMapper).
export enum OfficeApp {
  Excel = 'excel',
  OneNote = 'onenote',
  Outlook = 'outlook',
  PowerPoint = 'powerpoint',
  Project = 'project',
  Word = 'word',
}
