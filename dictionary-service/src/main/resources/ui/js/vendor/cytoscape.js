// The graph library, served from its WebJar; the build writes in the version the pom pins.
export { default } from '/webjars/cytoscape/${cytoscape.version}/dist/cytoscape.esm.min.mjs';
