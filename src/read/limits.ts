/** Default input size limit: 5 MB, far above any news article. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
