<#import "../../layout.ftl" as layout>
<#import "../../forms.ftl" as f>
<#import "../../goals/parts.ftl" as g>
<#import "parts.ftl" as p>
<@layout.page title=questionKey?has_content?then(t("dialogue.staff.question.edit-title"), t("dialogue.staff.question.new-title"))>
<@p.tabs dialogue "questions"/>
<p>${t("dialogue.staff.question.in-section")} <@g.text sectionTitle/></p>
<p><a href="/dialogues/${dialogue.id()?c}/questions">${t("dialogue.staff.back-to-questions")}</a></p>
<#if dialogue.versionFrozen()><p class="notice notice--info">${t("dialogue.staff.questions.frozen", dialogue.versionNumber())}</p></#if>
<@f.errorSummary errors/>
<form method="post" action="/dialogues/${dialogue.id()?c}/questions<#if questionKey?has_content>/${questionKey}</#if>" class="form form--wide question-form" novalidate data-question-form>
  <@f.csrfField/>
  <input type="hidden" name="section" value="${form.section()}">
  <#assign typeOptions = []>
  <#list types as ty><#assign typeOptions = typeOptions + [[ty.name(), t("dialogue.staff.type." + ty.name())]]></#list>
  <@f.select errors=errors name="type" label=t("dialogue.staff.question.type") options=typeOptions selected=form.type() required=true hint=t("dialogue.staff.question.type-hint")/>
  <@p.offeredInput errors=errors name="text" label=t("dialogue.staff.question.text") values=form.text() languages=dialogue.languages() required=true maxlength=1000/>
  <@p.offeredInput errors=errors name="help" label=t("dialogue.staff.question.help") values=form.help() languages=dialogue.languages() multiline=true maxlength=2000 hint=t("dialogue.staff.question.help-hint")/>
  <div class="checkbox">
    <input type="checkbox" id="required" name="required" value="1"<#if form.required()> checked</#if>>
    <label for="required">${t("dialogue.staff.question.required-label")}</label>
  </div>

  <fieldset class="question-form__block" id="options" data-for="SINGLE MULTIPLE RANKING">
    <legend>${t("dialogue.staff.question.options")}</legend>
    <p class="hint">${t("dialogue.staff.question.options-hint")}</p>
    <input type="hidden" name="option-count" value="${form.options()?size}">
    <#list form.options() as o>
    <#assign prefix = "option-" + o?index>
    <fieldset class="option-row">
      <legend>${t("dialogue.staff.question.option", o?index + 1)}</legend>
      <input type="hidden" name="${prefix}-key" value="${o.key()}">
      <#list uiLanguages as l><#if dialogue.languages()?seq_contains(l.code())>
      <#assign field = prefix + "-" + l.code()>
      <div class="field<#if errors.has(field)> field--error</#if>">
        <label for="${field}">${t("form.in-language", l.nativeName())}</label>
        <#if errors.has(field)><p class="field-error" id="${field}-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields[field])}</p></#if>
        <input id="${field}" name="${field}" type="text" value="${o.text()[l.code()]!""}" lang="${l.code()}" dir="${l.dir()}" maxlength="300"<#if errors.has(field)> aria-invalid="true" aria-describedby="${field}-error"</#if>>
      </div>
      </#if></#list>
      <@f.input errors=errors name=prefix + "-targets" label=t("dialogue.staff.question.option-targets") value=o.targets() hint=t("dialogue.staff.question.option-targets-hint") maxlength=200/>
    </fieldset>
    </#list>
    <div data-for="SINGLE MULTIPLE">
    <div class="checkbox">
      <input type="checkbox" id="other" name="other" value="1"<#if form.other()> checked</#if> aria-describedby="other-hint">
      <label for="other">${t("dialogue.staff.question.other-label")}</label>
    </div>
    <p class="hint" id="other-hint">${t("dialogue.staff.question.other-hint")}</p>
    </div>
  </fieldset>

  <fieldset class="question-form__block" id="scale" data-for="RATING NUMBER">
    <legend>${t("dialogue.staff.question.scale")}</legend>
    <p class="hint">${t("dialogue.staff.question.scale-hint")}</p>
    <@f.input errors=errors name="min" label=t("dialogue.staff.question.min") value=form.min() maxlength=6/>
    <@f.input errors=errors name="max" label=t("dialogue.staff.question.max") value=form.max() maxlength=6/>
    <div data-for="RATING">
    <@p.offeredInput errors=errors name="minLabel" label=t("dialogue.staff.question.min-label") values=form.minLabel() languages=dialogue.languages() maxlength=300/>
    <@p.offeredInput errors=errors name="maxLabel" label=t("dialogue.staff.question.max-label") values=form.maxLabel() languages=dialogue.languages() maxlength=300/>
    </div>
  </fieldset>

  <fieldset class="question-form__block field<#if errors.has("goals")> field--error</#if>" id="goals" data-for="TARGETS"<#if errors.has("goals")> aria-describedby="goals-error"</#if>>
    <legend>${t("dialogue.staff.question.goals")}</legend>
    <p class="hint">${t("dialogue.staff.question.goals-hint")}</p>
    <#if errors.has("goals")><p class="field-error" id="goals-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["goals"])}</p></#if>
    <ul class="goal-choices">
    <#list goals as goal>
      <li class="checkbox goal-choice ${goal.colourClass()}">
        <input type="checkbox" id="goals-${goal.id()?c}" name="goals" value="${goal.id()?c}"<#if form.goals()?seq_contains(goal.id()?c)> checked</#if>>
        <label for="goals-${goal.id()?c}"><span class="goal-choice__number">${goal.code()}</span> <@g.text goal.label(lang.code())/></label>
      </li>
    </#list>
    </ul>
  </fieldset>

  <div data-for="MULTIPLE TARGETS">
  <@f.input errors=errors name="maxChoices" label=t("dialogue.staff.question.max-choices") value=form.maxChoices() hint=t("dialogue.staff.question.max-choices-hint") maxlength=3/>
  </div>

  <#assign roleOptions = []>
  <#list demographics as d><#assign roleOptions = roleOptions + [[d.name(), t("dialogue.staff.demographic." + d.name())]]></#list>
  <div data-for="SINGLE">
  <@f.select errors=errors name="demographic" label=t("dialogue.staff.question.demographic") options=roleOptions selected=form.demographic() empty=t("dialogue.staff.question.demographic-none") hint=t("dialogue.staff.question.demographic-hint")/>
  </div>

  <@p.conditionField errors earlier form.showIf() dialogue/>

  <#if errors.has("targets")><p class="field-error" id="targets"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["targets"])}</p></#if>
  <@g.picker model=picker legend=t("dialogue.staff.question.targets") hint=t("dialogue.staff.question.targets-hint")/>

  <button type="submit" class="button">${t("form.save")}</button>
</form>
</@layout.page>
