export type IconState = 'idle' | 'active';
export declare const ICON_MASTER: string;
export declare const ICON_SIZES: number[];
export declare const TOOLBAR_SIZES: number[];
export declare const ICON_STATES: Record<IconState, string>;
export declare function iconPath(state: IconState, size: number): string;
export declare function iconMap(state: IconState, sizes: number[]): Record<string, string>;
export declare function iconFiles(): { state: IconState; size: number; path: string }[];
export declare function svgForState(svg: string, state: IconState): string;
