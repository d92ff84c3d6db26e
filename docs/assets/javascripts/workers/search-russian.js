// Material's search worker, with each Russian word of a query reduced to its stem first.
//
// Material appends a wildcard to every query term ("неоиндустриализации*"), and lunr
// runs no stemmer on a wildcard term, so an inflected Russian form found only words
// that begin with it: «неоиндустриализации» missed «неоиндустриализация». The index
// holds stems (the search plugin's lang: [en, ru]); reducing the query's Cyrillic
// words to the same stems, before Material adds its wildcard, finds every form.
// sitebuild/render/search_worker.py points the theme here and names Material's own
// worker in ?material=, which this file loads unchanged. It sits beside Material's
// worker because that worker finds the lunr language files at "../lunr".

const nxMaterialWorker = new URL(self.location.href).searchParams.get("material");

function nxStemRussian(query) {
  if (!self.lunr || !self.lunr.ru) return query; // the Russian stemmer arrives with the index
  return query.replace(/[\u0400-\u04FF]+/g, (word) =>
    self.lunr.ru.stemmer(new self.lunr.Token(word.toLowerCase(), {})).toString());
}

const nxAddEventListener = self.addEventListener.bind(self);
self.addEventListener = (type, listener, options) => {
  if (type !== "message") return nxAddEventListener(type, listener, options);
  return nxAddEventListener(type, (event) => {
    const message = event.data;
    if (message && message.type === 2 && typeof message.data === "string") {
      listener({ data: { type: 2, data: nxStemRussian(message.data) } });
    } else {
      listener(event);
    }
  }, options);
};

importScripts(nxMaterialWorker);
