/** The 1.x → CSIP/SIP 2.x conversion view. */
export { fgs1ToCsipView, type Fgs1ViewOptions } from './csip-view.ts';
export type * from './types.ts';
