// The example host page's own script: steers the second atlas through the
// element's API and shows what a reader selects. Plain text only (textContent).
const atlas = document.getElementById('atlas-steered');
const log = document.getElementById('atlas-log');

atlas.addEventListener('atlas-ready', () => {
  log.textContent = 'The atlas is ready. Select a country on the map.';
});
atlas.addEventListener('atlas-select', (event) => {
  const { country, initiative } = event.detail;
  log.textContent = country
    ? `Selected country: ${country}`
    : initiative
      ? `Selected initiative: ${initiative}`
      : 'Nothing selected.';
});

for (const button of document.querySelectorAll('button')) {
  button.addEventListener('click', () => {
    const { selectCountry, selectInitiative, setYear } = button.dataset;
    if (selectCountry) atlas.select({ country: selectCountry });
    if (selectInitiative) atlas.select({ initiative: selectInitiative });
    if (setYear) atlas.set({ year: Number(setYear) });
  });
}
