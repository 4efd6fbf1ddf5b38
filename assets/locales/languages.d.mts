export declare const DEFAULT_LANGUAGE: string;
export declare const UI_LANGUAGES: readonly string[];
