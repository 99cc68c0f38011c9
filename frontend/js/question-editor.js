// The question form: show only the parts that apply to the chosen type of question. Without JavaScript every
// part is shown and the server ignores what does not apply; hidden parts stay in the form, so nothing typed is lost.
const form = document.querySelector('[data-question-form]');
const type = form && form.querySelector('#type');
if (type) {
  const update = () => {
    for (const part of form.querySelectorAll('[data-for]')) {
      part.hidden = !part.dataset.for.split(' ').includes(type.value);
    }
  };
  type.addEventListener('change', update);
  update();
}
