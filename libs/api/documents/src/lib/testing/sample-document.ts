import { DocumentModel } from '../document-model';

/** A small board-pack-like document with every block kind, shared by the renderer tests. */
export const SAMPLE_DOCUMENT: DocumentModel = {
  title: 'Vergaderstukken Regionaal College 12 mei 2010',
  language: 'nl-NL',
  subject: 'Regionaal College',
  author: 'Programmabureau',
  sections: [
    {
      heading: 'Aanbiedingsnotitie',
      blocks: [
        { kind: 'paragraph', text: 'Het programmabureau biedt u de voortgangsrapportages van het eerste tertiaal aan.' },
        { kind: 'paragraph', label: 'Gevraagd besluit:', text: 'Kennisnemen van de rapportages en instemmen met het voorstel over ondermijning.' },
      ],
    },
    {
      heading: 'Agenda',
      blocks: [{ kind: 'list', ordered: true, items: ['Opening en mededelingen', 'Voortgang Overlast en verloedering', 'Rondvraag'] }],
    },
    {
      heading: 'Voortgangsrapportages',
      pageBreakBefore: true,
      blocks: [],
      sections: [
        {
          heading: 'Overlast en verloedering',
          blocks: [
            { kind: 'paragraph', label: 'Resultaten:', text: 'groen — de overlastmeldingen dalen in zeventien gemeenten.' },
            { kind: 'list', items: ['Aanpak jeugdgroepen gestart', 'Cameratoezicht geëvalueerd'] },
            {
              kind: 'chart',
              chart: 'bar',
              title: 'Overlastmeldingen per jaar',
              alt: 'Staafdiagram: overlastmeldingen daalden van 1200 in 2008 naar 950 in 2010.',
              categories: ['2008', '2009', '2010'],
              series: [{ name: 'Meldingen', values: [1200, 1100, 950] }],
            },
            {
              kind: 'table',
              caption: 'Indicatoren Overlast',
              header: ['Indicator', 'Nulmeting', 'Streefwaarde', 'Laatste waarde'],
              rows: [
                ['Overlastmeldingen', 1200, 900, 950],
                ['Ervaren verloedering (%)', 31.5, 25, null],
              ],
            },
          ],
          sections: [
            {
              heading: 'Risico’s en knelpunten',
              blocks: [
                {
                  kind: 'chart',
                  chart: 'line',
                  title: 'Capaciteit ingezet (fte)',
                  alt: 'Lijndiagram: ingezette capaciteit steeg van 4 naar 6 fte.',
                  categories: ['T1', 'T2', 'T3'],
                  series: [
                    { name: 'Begroot', values: [5, 5, 6] },
                    { name: 'Ingezet', values: [4, 5, 6] },
                  ],
                  unit: 'fte',
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};
