// Estimated image-size deltas: wheel choice per image, installed size from the zip directory, rendering.
export { describeTarget, estimateSizeDelta, SDIST_INSTALLED_FACTOR } from './estimate.js';
export type { EstimateOptions, ImageSizeEstimate, PackageChange, SizeContributor, WheelSizeCache } from './estimate.js';
export { createRangeReader, RangeReadError } from './range-reader.js';
export type { RangeReader, RangeReaderOptions, RangeResult } from './range-reader.js';
export { formatMegabytes, parseBudget, renderSizeSection, sizeBudgetExceeded, sizeIcon, ALERT_PERCENT, WARN_PERCENT } from './render.js';
export type { BudgetBreach, RenderSizeOptions } from './render.js';
export { acceptsPython, chooseFile, libcOfImage, platformTags, supportedTags, wheelTags, DEFAULT_GLIBC, DEFAULT_MUSL } from './tags.js';
export type { FileChoice, ImagePlatform, ImageTarget, Libc } from './tags.js';
export { measureWheel, summarizeEntries, PYC_FACTOR } from './wheel-size.js';
export type { MeasureWheelOptions, WheelSize } from './wheel-size.js';
export { findEndRecord, parseCentralDirectory, ZipFormatError } from './zip-directory.js';
export type { CentralEntry, EndProbe, EndRecord } from './zip-directory.js';
