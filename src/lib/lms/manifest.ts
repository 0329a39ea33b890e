/**
 * The manifest an LMS reads first in each course package: imsmanifest.xml for SCORM 1.2 and for
 * SCORM 2004 4th Edition, cmi5.xml for cmi5. One organisation, one item, one SCO (or AU) that
 * launches the course; the pass mark is the course's. Pure string building: the packager lists
 * the files and writes the zips, with the schema files from src/lms-schemas/<kind>/.
 */
import { assertManifestInput, type Cmi5Input, type ManifestInput } from './input';
import { CMI5_NAMESPACE, schemaLocation } from './schema-files';
import { pathToHref, xmlAttr, xmlText } from './xml';

export type { Cmi5Input, ManifestInput, PackageKind } from './input';
export { manifestProblems } from './input';
export { schemaFiles, validationSchema } from './schema-files';

/** The files in a stable order, so the same course always makes the same manifest. */
function fileElements(files: readonly string[], indent: string): string[] {
  return [...files]
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((path) => `${indent}<file href="${xmlAttr(pathToHref(path))}"/>`);
}

/**
 * The manifest's end: the one SCO and every file of the course. SCORM 1.2 spells the attribute
 * adlcp:scormtype, SCORM 2004 adlcp:scormType.
 */
function resources(input: ManifestInput, scormTypeAttribute: string): string[] {
  const id = xmlAttr(input.identifier);
  return [
    '  <resources>',
    `    <resource identifier="${id}-sco" type="webcontent" ${scormTypeAttribute}="sco" href="${xmlAttr(pathToHref(input.launch))}">`,
    ...fileElements(input.files, '      '),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ];
}

/** The pass mark as a fraction: 80 is "0.8". */
function fraction(percent: number): string {
  return String(percent / 100);
}

/** imsmanifest.xml for SCORM 1.2 (IMS CP 1.1.2 with ADL's adlcp 1.2 extensions). */
export function scorm12Manifest(input: ManifestInput): string {
  assertManifestInput(input, 'scorm12');
  const id = xmlAttr(input.identifier);
  const title = xmlText(input.title);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${id}" version="${xmlAttr(input.version)}"`,
    '    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    `    xsi:schemaLocation="${schemaLocation('scorm12')}">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations default="${id}-org">`,
    `    <organization identifier="${id}-org">`,
    `      <title>${title}</title>`,
    `      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">`,
    `        <title>${title}</title>`,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    ...resources(input, 'adlcp:scormtype'),
  ].join('\n');
}

/**
 * imsmanifest.xml for SCORM 2004 4th Edition. The SCO's primary objective is satisfied by its
 * score: the LMS compares cmi.score.scaled with the pass mark. The organisation allows flow, so
 * the LMS starts the one SCO without asking the learner to pick it.
 */
export function scorm2004Manifest(input: ManifestInput): string {
  assertManifestInput(input, 'scorm2004');
  const id = xmlAttr(input.identifier);
  const title = xmlText(input.title);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${id}" version="${xmlAttr(input.version)}"`,
    '    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"',
    '    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"',
    '    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"',
    '    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"',
    '    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"',
    '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    `    xsi:schemaLocation="${schemaLocation('scorm2004')}">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>2004 4th Edition</schemaversion>',
    '  </metadata>',
    `  <organizations default="${id}-org">`,
    `    <organization identifier="${id}-org">`,
    `      <title>${title}</title>`,
    `      <item identifier="${id}-item" identifierref="${id}-sco">`,
    `        <title>${title}</title>`,
    '        <imsss:sequencing>',
    '          <imsss:objectives>',
    `            <imsss:primaryObjective objectiveID="${id}-mastery" satisfiedByMeasure="true">`,
    `              <imsss:minNormalizedMeasure>${fraction(input.masteryPercent)}</imsss:minNormalizedMeasure>`,
    '            </imsss:primaryObjective>',
    '          </imsss:objectives>',
    '        </imsss:sequencing>',
    '      </item>',
    '      <imsss:sequencing>',
    '        <imsss:controlMode choice="true" flow="true"/>',
    '      </imsss:sequencing>',
    '    </organization>',
    '  </organizations>',
    ...resources(input, 'adlcp:scormType'),
  ].join('\n');
}

/** The IRIs cmi5.xml gives the course and its one AU. */
export function cmi5Ids(activityId: string): { course: string; au: string } {
  return { course: activityId, au: `${activityId.replace(/\/+$/, '')}/au` };
}

/**
 * cmi5.xml (the cmi5 course structure): one AU, satisfied once the learner has completed the
 * course and passed the assessment at the pass mark.
 */
export function cmi5Manifest(input: Cmi5Input): string {
  assertManifestInput(input, 'cmi5');
  const ids = cmi5Ids(input.activityId);
  const lang = xmlAttr(input.language);
  const text = (value: string) => `<langstring lang="${lang}">${xmlText(value)}</langstring>`;
  const title = text(input.title);
  const description = text(input.description ?? input.title);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<courseStructure xmlns="${CMI5_NAMESPACE}">`,
    `  <course id="${xmlAttr(ids.course)}">`,
    `    <title>${title}</title>`,
    `    <description>${description}</description>`,
    '  </course>',
    `  <au id="${xmlAttr(ids.au)}" moveOn="CompletedAndPassed" masteryScore="${fraction(input.masteryPercent)}" launchMethod="AnyWindow">`,
    `    <title>${title}</title>`,
    `    <description>${description}</description>`,
    `    <url>${xmlText(pathToHref(input.launch))}</url>`,
    '  </au>',
    '</courseStructure>',
    '',
  ].join('\n');
}
