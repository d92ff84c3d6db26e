// Material's search worker, with two changes on the way in; Material's file runs unchanged.
//
// 1. Each Russian word of a query is reduced to its stem first. Material appends a
//    wildcard to every query term ("неоиндустриализации*"), and lunr runs no stemmer on a
//    wildcard term, so an inflected Russian form found only words that begin with it:
//    «неоиндустриализации» missed «неоиндустриализация». The index holds stems (the
//    search plugin's lang: [en, ru]); reducing the query's Cyrillic words to the same
//    stems, before Material adds its wildcard, finds every form.
// 2. The pages' text is fetched on the first query, not on every page load. Material's
//    page sends the contents of search/search_index.json as soon as it loads; the build
//    (sitebuild/render/search_worker.py) leaves there only the configuration, with the
//    address of the documents. This worker lets Material build an empty index at once
//    (so the page is told search is ready), and on the first query that asks for
//    something fetches the documents and sets Material's worker up again with them,
//    then answers the query. Messages are answered in the order they came.
//
// sitebuild/render/search_worker.py points the theme here and names Material's own
// worker in ?material=, which this file loads. It sits beside Material's worker because
// that worker finds the lunr language files at "../lunr".

const nxMaterialWorker = new URL(self.location.href).searchParams.get("material");
// The edition whose text this worker searches (a Russian page adds &lang=ru): the configuration names
// each other edition's documents in documents_by_language; English reads `documents`.
const nxLanguage = new URL(self.location.href).searchParams.get("lang") || "";
const nxSiteRoot = new URL("../../../", self.location.href); // assets/javascripts/workers/ -> the site's root

const nxSetupType = 0; // Material's message types: set up the index, ..., run a query
const nxQueryType = 2;

function nxStemRussian(query) {
  if (!self.lunr || !self.lunr.ru) return query; // the Russian stemmer arrives with the index's setup
  return query.replace(/[\u0400-\u04FF]+/g, (word) =>
    self.lunr.ru.stemmer(new self.lunr.Token(word.toLowerCase(), {})).toString());
}

// Material's message listener, wrapped: `material` is Material's own listener, which answers
// one message (its answer is posted when the promise it returns settles).
function nxWrapListener(material) {
  let setup = null; // the configuration Material's page sent, while the documents are not loaded
  let documents = null; // the promise of Material's index set up with the documents
  let answered = Promise.resolve(); // the last message's answer: the next one waits for it
  const pass = (data) => material({ data });

  function loadDocuments() {
    if (!documents) {
      const named = (setup.config.documents_by_language || {})[nxLanguage];
      const address = new URL(named || setup.config.documents, nxSiteRoot);
      documents = fetch(address)
        .then((response) => {
          if (!response.ok) throw new Error(`${address}: HTTP ${response.status}`);
          return response.json();
        })
        .then(({ docs }) => pass({ type: nxSetupType, data: { ...setup, docs } }))
        .catch((error) => {
          documents = null; // the next query tries again
          throw error;
        });
    }
    return documents;
  }

  return (event) => {
    const message = event.data;
    let answer;
    if (message && message.type === nxSetupType && message.data && message.data.config.documents) {
      setup = message.data;
      documents = null;
      answer = () => pass(message);
    } else if (message && message.type === nxQueryType && typeof message.data === "string") {
      const asks = message.data.trim() !== "";
      answer = () => (asks && setup ? loadDocuments() : Promise.resolve())
        .then(() => pass({ type: nxQueryType, data: nxStemRussian(message.data) }));
    } else {
      answer = () => material(event);
    }
    answered = answered.then(answer, answer);
    answered.catch((error) => console.error("NeoIndex search:", error));
  };
}

const nxAddEventListener = self.addEventListener.bind(self);
self.addEventListener = (type, listener, options) =>
  nxAddEventListener(type, type === "message" ? nxWrapListener(listener) : listener, options);

importScripts(nxMaterialWorker);
