// Reference helpers shared by the modern attacked-port tables.
import type { Reference } from '../../types';

export const cve = (id: string): Reference => ({ label: id, url: `https://nvd.nist.gov/vuln/detail/${id}` });
export const ref = (label: string): Reference => ({ label });

export const TA14_017A = ref('US-CERT TA14-017A');
