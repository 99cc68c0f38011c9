<#-- Parts the facilitator's dialogue pages share: the dialogue's own navigation and its state. -->
<#import "../../goals/parts.ftl" as g>

<#macro state s><span class="dialogue-state dialogue-state--${s.name()?lower_case}">${t("dialogue.staff.state." + s.name())}</span></#macro>

<#-- Links between the pages about one dialogue; current: which one this is. -->
<#macro tabs dialogue current>
<nav class="dialogue-tabs" aria-label="${t("dialogue.staff.tabs")}">
  <ul>
    <#list [["overview", ""], ["questions", "/questions"], ["results", "/results"], ["translations", "/translations"], ["codes", "/codes"], ["population", "/population"]] as tab>
    <li><a href="/dialogues/${dialogue.id()?c}${tab[1]}"<#if tab[0] == current> aria-current="page"</#if>>${t("dialogue.staff.tab." + tab[0])}</a></li>
    </#list>
  </ul>
</nav>
</#macro>

<#-- A text a resident reads, one field per language the dialogue is offered in (the first is required). -->
<#macro offeredInput errors name label values languages required=false multiline=false maxlength=0 hint="">
<fieldset class="translations<#if errors.has(name + "-" + languages[0])> field--error</#if>">
  <legend>${label}</legend>
  <#if hint?has_content><p class="hint">${hint}</p></#if>
  <#list uiLanguages as l>
  <#if languages?seq_contains(l.code())>
  <#local field = name + "-" + l.code()>
  <#local isRequired = required && l.code() == languages[0]>
  <div class="field">
    <label for="${field}">${t("form.in-language", l.nativeName())}<#if isRequired> <span class="required">${t("form.required")}</span></#if></label>
    <#if errors.has(field)><p class="field-error" id="${field}-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields[field])}</p></#if>
    <#if multiline>
    <textarea id="${field}" name="${field}" rows="3" lang="${l.code()}" dir="${l.dir()}"<#if isRequired> required</#if><#if maxlength gt 0> maxlength="${maxlength?c}"</#if><#if errors.has(field)> aria-invalid="true" aria-describedby="${field}-error"</#if>>${values[l.code()]!""}</textarea>
    <#else>
    <input id="${field}" name="${field}" type="text" value="${values[l.code()]!""}" lang="${l.code()}" dir="${l.dir()}"<#if isRequired> required</#if><#if maxlength gt 0> maxlength="${maxlength?c}"</#if><#if errors.has(field)> aria-invalid="true" aria-describedby="${field}-error"</#if>>
    </#if>
  </div>
  </#if>
  </#list>
</fieldset>
</#macro>

<#-- A per-language text of the dialogue in the reader's language, marked with its own language when it falls back. -->
<#macro pick dialogue values><@g.text dialogue.pick(values, lang.code())/></#macro>

<#macro languagesField errors chosen>
<fieldset class="field checkboxes<#if errors.has("languages")> field--error</#if>" id="languages"<#if errors.has("languages")> aria-describedby="languages-error"</#if>>
  <legend>${t("dialogue.staff.field.languages")}</legend>
  <p class="hint">${t("dialogue.staff.field.languages-hint")}</p>
  <#if errors.has("languages")><p class="field-error" id="languages-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["languages"])}</p></#if>
  <#list uiLanguages as l>
  <div class="checkbox">
    <input type="checkbox" id="languages-${l.code()}" name="languages" value="${l.code()}"<#if chosen?seq_contains(l.code())> checked</#if>>
    <label for="languages-${l.code()}" lang="${l.code()}" dir="${l.dir()}">${l.nativeName()}</label>
  </div>
  </#list>
</fieldset>
</#macro>

<#-- "Show only if": the options of each earlier question as checkboxes, values question:option. -->
<#macro conditionField errors earlier chosen dialogue>
<fieldset class="field condition<#if errors.has("showIf")> field--error</#if>" id="showIf"<#if errors.has("showIf")> aria-describedby="showIf-error"</#if>>
  <legend>${t("dialogue.staff.condition")}</legend>
  <p class="hint">${t("dialogue.staff.condition-hint")}</p>
  <#if errors.has("showIf")><p class="field-error" id="showIf-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["showIf"])}</p></#if>
  <#if earlier?has_content>
  <#list earlier as q>
  <#assign prefix = q.key() + ":">
  <details class="condition__question"<#if chosen?filter(c -> c?starts_with(prefix))?has_content> open</#if>>
    <summary><@pick dialogue q.text()/></summary>
    <fieldset>
      <legend class="visually-hidden"><@pick dialogue q.text()/></legend>
      <#list q.allowedValues() as v>
      <#assign value = q.key() + ":" + v>
      <div class="checkbox">
        <input type="checkbox" id="showIf-${q.key()}-${v?index}" name="showIf" value="${value}"<#if chosen?seq_contains(value)> checked</#if>>
        <label for="showIf-${q.key()}-${v?index}"><#if q.option(v).isPresent()><@pick dialogue q.option(v).get().text()/><#elseif v == "other">${t("dialogue.staff.question.other")}<#else>${v}</#if></label>
      </div>
      </#list>
    </fieldset>
  </details>
  </#list>
  <#else>
  <p>${t("dialogue.staff.condition-none")}</p>
  </#if>
</fieldset>
</#macro>
