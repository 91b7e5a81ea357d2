import { datasetTsupConfig } from '../../tsup.shared.js';

export default datasetTsupConfig();
