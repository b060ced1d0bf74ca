// Nothing to patch today; kept so `npm install` has one place for post-install steps.
// (electron-builder's install-app-deps is not run: it needs the Electron binary.)
