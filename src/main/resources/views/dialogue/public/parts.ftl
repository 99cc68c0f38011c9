<#-- Parts of the resident's pages: texts in the dialogue's languages, the honeypot, and each kind of question. -->
<#import "../../goals/parts.ftl" as g>

<#-- A text a dialogue's organiser wrote; marked with its own language when it fell back from the reader's. -->
<#macro text x><@g.text x/></#macro>

<#-- Paragraphs of a longer text, blank lines separating them; escaped like everything else. -->
<#macro paragraphs x><#if x.lang() != lang.code()><div lang="${x.lang()}" dir="auto"></#if><#list x.value()?split("\n\n") as p><#if p?trim?has_content><p><#list p?trim?split("\n") as line>${line}<#sep><br></#sep></#list></p></#if></#list><#if x.lang() != lang.code()></div></#if></#macro>

<#-- Robots fill in every field; people never see this one (hidden from sight and from assistive technology). -->
<#macro honeypot>
<div class="trap" aria-hidden="true">
  <label for="website">${t("dialogue.honeypot")}</label>
  <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" value="">
</div>
</#macro>

<#macro error q><#if q.error()??><p class="field-error" id="${q.field()}-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(q.error())}</p></#if></#macro>

<#macro described q extra=""><#local ids = []><#if q.help()??><#local ids = ids + [q.field() + "-help"]></#if><#if q.error()??><#local ids = ids + [q.field() + "-error"]></#if><#if extra?has_content><#local ids = ids + [extra]></#if><#if ids?has_content> aria-describedby="${ids?join(" ")}"</#if></#macro>

<#macro label q><@text q.text()/><#if q.required()> <span class="required">${t("form.required")}</span></#if></#macro>

<#macro help q><#if q.help()??><p class="hint" id="${q.field()}-help"><@text q.help()/></p></#if></#macro>

<#macro choiceLabel c><#if c.labelKey()??>${t(c.labelKey())}<#else><@text c.label()/></#if></#macro>

<#macro question q>
<#switch q.kind()>
<#case "short">
<#case "long">
<#case "number">
<div class="field question<#if q.hasError()> field--error</#if>">
  <label for="${q.field()}" class="question__text"><@label q/></label>
  <@help q/>
  <#if q.kind() == "number" && (q.min()?? || q.max()??)><p class="hint" id="${q.field()}-range"><#if q.min()?? && q.max()??>${t("dialogue.number.between", q.min(), q.max())}<#elseif q.min()??>${t("dialogue.number.at-least", q.min())}<#else>${t("dialogue.number.at-most", q.max())}</#if></p></#if>
  <@error q/>
  <#if q.kind() == "long">
  <textarea id="${q.field()}" name="${q.field()}" rows="6" maxlength="5000" dir="auto"<#if q.hasError()> aria-invalid="true"</#if><@described q/>>${q.value()}</textarea>
  <#elseif q.kind() == "number">
  <input id="${q.field()}" name="${q.field()}" type="text" inputmode="decimal" class="input--short" value="${q.value()}" autocomplete="off"<#if q.hasError()> aria-invalid="true"</#if><@described q=q extra=(q.min()?? || q.max()??)?then(q.field() + "-range", "")/>>
  <#else>
  <input id="${q.field()}" name="${q.field()}" type="text" maxlength="300" value="${q.value()}" dir="auto"<#if q.hasError()> aria-invalid="true"</#if><@described q/>>
  </#if>
</div>
<#break>
<#case "ranking">
<fieldset class="question<#if q.hasError()> field--error</#if>"<@described q/>>
  <legend class="question__text"><@label q/></legend>
  <@help q/>
  <p class="hint">${t("dialogue.ranking.hint.plural", q.choices()?size)}</p>
  <@error q/>
  <#list q.choices() as c>
  <div class="rank">
    <select id="${c.id()}" name="${c.id()}"<#if q.hasError()> aria-invalid="true"</#if>>
      <option value="">${t("dialogue.ranking.none")}</option>
      <#list 1..q.choices()?size as n><option value="${n}"<#if c.rank() == n?string> selected</#if>>${n}</option></#list>
    </select>
    <label for="${c.id()}"><@choiceLabel c/></label>
  </div>
  </#list>
</fieldset>
<#break>
<#default>
<fieldset class="question<#if q.hasError()> field--error</#if><#if q.kind() == "goals"> question--goals</#if>"<@described q/>>
  <legend class="question__text"><@label q/></legend>
  <@help q/>
  <#if q.kind() == "scale" && (q.minLabel()?? || q.maxLabel()??)><p class="hint scale-ends"><#if q.minLabel()??>${q.choices()?first.value()} = <@text q.minLabel()/></#if><#if q.minLabel()?? && q.maxLabel()??>, </#if><#if q.maxLabel()??>${q.choices()?last.value()} = <@text q.maxLabel()/></#if></p></#if>
  <#if q.maxChoices()??><p class="hint">${t("dialogue.choices.max", q.maxChoices())}</p></#if>
  <@error q/>
  <#local type = (q.kind() == "checkbox" || q.kind() == "goals")?then("checkbox", "radio")>
  <div class="choices<#if q.kind() == "scale"> choices--scale</#if><#if q.kind() == "goals"> choices--goals</#if>">
  <#list q.choices() as c>
  <div class="choice<#if c.colourClass()??> choice--goal ${c.colourClass()}</#if>">
    <input type="${type}" id="${c.id()}" name="${q.field()}" value="${c.value()}"<#if c.checked()> checked</#if><#if q.hasError()> aria-invalid="true"</#if>>
    <label for="${c.id()}"><#if c.code()??><span class="choice__goal-number" aria-hidden="true">${c.code()}</span><span class="visually-hidden">${t("goals.goal")} ${c.code()}: </span></#if><#if c.value() == "other" && !c.labelKey()??><@choiceLabel c/><#else><@choiceLabel c/></#if><#if q.kind() == "scale"><#if c?is_first && q.minLabel()??> <span class="visually-hidden">(<@text q.minLabel()/>)</span></#if><#if c?is_last && q.maxLabel()??> <span class="visually-hidden">(<@text q.maxLabel()/>)</span></#if></#if></label>
  </div>
  <#if c.value() == "other">
  <div class="field choice__other<#if q.otherError()??> field--error</#if>">
    <label for="${q.field()}-other">${t("dialogue.other.specify")}</label>
    <#if q.otherError()??><p class="field-error" id="${q.field()}-other-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(q.otherError())}</p></#if>
    <input id="${q.field()}-other" name="${q.field()}-other" type="text" maxlength="300" dir="auto" value="${q.other()}"<#if q.otherError()??> aria-invalid="true" aria-describedby="${q.field()}-other-error"</#if>>
  </div>
  </#if>
  </#list>
  </div>
</fieldset>
</#switch>
</#macro>

<#-- The error summary of a page of questions, linking to each question's first control. -->
<#macro errorSummary errors page>
<#if !errors.isEmpty()>
<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" data-autofocus>
  <h2 id="error-summary-title">${t("form.errors.title")}</h2>
  <ul>
  <#list page.questions() as q>
    <#if q.error()??><li><a href="#${q.field()}"><@text q.text()/>: ${t(q.error())}</a></li></#if>
    <#if q.otherError()??><li><a href="#${q.field()}-other"><@text q.text()/>: ${t(q.otherError())}</a></li></#if>
  </#list>
  </ul>
</div>
</#if>
</#macro>

<#-- Which languages the dialogue is offered in, as links; and a note when the reader's is not one of them. -->
<#macro languages dialogue>
<#if !offered><p class="notice notice--language">${t("dialogue.not-offered-in-language")}</p></#if>
<#if dialogue.languages()?size gt 1>
<nav class="dialogue-languages" aria-label="${t("dialogue.languages")}">
  <ul>
  <#list uiLanguages as l><#if dialogue.languages()?seq_contains(l.code())>
    <li><a href="?lang=${l.code()}" lang="${l.code()}" hreflang="${l.code()}" dir="${l.dir()}"<#if l.code() == lang.code()> aria-current="true"</#if>>${l.nativeName()}</a></li>
  </#if></#list>
  </ul>
</nav>
</#if>
</#macro>

<#-- "What we decided": links to the public feedback pages of decisions this dialogue informed. -->
<#macro decidedLinks>
<#if (decisions!)?has_content>
<section aria-labelledby="decided-heading">
<h2 id="decided-heading">${t("dialogue.decided.heading")}</h2>
<ul><#list decisions as fl><li><a href="${fl.href()}?lang=${lang.code()}">${fl.title()}</a></li></#list></ul>
</section>
</#if>
</#macro>
