// office-addin-mock imports only OfficeApp from office-addin-manifest, whose own dependencies are
// ESM-only and do not load under jest (jest.config.js maps the module here). This stands in for it in tests.
module.exports = {
  OfficeApp: { Excel: "excel", Word: "word", PowerPoint: "powerpoint", Outlook: "outlook", OneNote: "onenote", Project: "project" },
};
