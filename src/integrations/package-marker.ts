/**
 * The base path an LMS package is built under (`npm run package`), then replaced in every file
 * so that every address is relative (./lms-packages.ts).
 */
export const PACKAGE_MARKER = '/__shinrai_package_root__/';
