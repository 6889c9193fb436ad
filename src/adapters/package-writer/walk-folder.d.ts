export class WalkRefusal extends Error {
  constructor(kind: WalkRefusal['kind'], path: string, cause?: unknown);
  readonly kind: 'link' | 'special' | 'bad-name' | 'read';
  readonly path: string;
}

export interface WalkedFolder {
  readonly paths: string[];
  readonly sizes: number[];
  readonly mtimes: number[];
}

export function walkFolder(root: string): WalkedFolder;
