/**
 * The elements whose text no reader sees: `<script>`, `<style>`, `<noscript>` (unwrapped before extraction when it
 * holds a picture) and `<template>`. Text measures leave them out; walks do not enter them.
 */
export const UNSEEN_TAGS = ['script', 'style', 'noscript', 'template'] as const;

/** UNSEEN_TAGS as lower-case names, for `localName` checks. */
export const UNSEEN_LOCAL_NAMES: ReadonlySet<string> = new Set(UNSEEN_TAGS);

/** UNSEEN_TAGS as upper-case names, for `tagName` checks on HTML elements. */
export const UNSEEN_TAG_NAMES: ReadonlySet<string> = new Set(UNSEEN_TAGS.map((t) => t.toUpperCase()));
