<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "../goals/parts.ftl" as g>
<#assign action = example???then("/library/examples/" + example.id()?c + "/edit", "/library/new")>
<@layout.page title=example???then(t("library.edit.title"), t("library.new.title"))>
<p class="lead">${t("library.edit.lead")}</p>
<@f.errorSummary errors/>
<form method="post" action="${action}" class="form form--wide" novalidate>
  <@f.csrfField/>
  <div class="field<#if errors.has("lang")> field--error</#if>">
    <label for="lang">${t("library.field.lang")}</label>
    <p class="hint" id="lang-hint">${t("library.field.lang-hint")}</p>
    <select id="lang" name="lang" aria-describedby="lang-hint">
      <#list uiLanguages as l><option value="${l.code()}"<#if form.value("lang") == l.code()> selected</#if>>${l.nativeName()}</option></#list>
    </select>
  </div>
  <#list ["title", "summary", "problem", "actions", "results", "lessons"] as field>
  <#if field == "title">
  <@f.translatedInput errors=errors name=field label=t("library.field." + field) values=form.texts()[field] maxlength=300 hint=t("library.field.title-hint")/>
  <#else>
  <@f.translatedInput errors=errors name=field label=t("library.field." + field) values=form.texts()[field] multiline=true maxlength=(field == "summary")?then(2000, 20000)/>
  </#if>
  </#list>
  <div class="field">
    <label for="kind">${t("library.field.kind")}</label>
    <select id="kind" name="kind">
      <#list kinds as k><option value="${k}"<#if form.value("kind") == k?string> selected</#if>>${t("library.kind." + k)}</option></#list>
    </select>
  </div>
  <@f.input errors=errors name="municipality" label=t("library.field.municipality") value=form.value("municipality") maxlength=200/>
  <@f.input errors=errors name="region" label=t("library.field.region") value=form.value("region") maxlength=200/>
  <fieldset class="form--row">
    <legend>${t("library.field.period")}</legend>
    <@f.input errors=errors name="yearFrom" label=t("library.field.year-from") value=form.value("yearFrom") maxlength=4/>
    <@f.input errors=errors name="yearTo" label=t("library.field.year-to") value=form.value("yearTo") maxlength=4/>
  </fieldset>
  <@f.textarea errors=errors name="costs" label=t("library.field.costs") value=form.value("costs") hint=t("library.field.costs-hint") maxlength=4000/>
  <@f.input errors=errors name="contact" label=t("library.field.contact") value=form.value("contact") maxlength=500/>
  <fieldset class="library-indicators<#if errors.has("indicators")> field--error</#if>">
    <legend>${t("library.indicators")}</legend>
    <p class="hint">${t("library.indicators.hint")}</p>
    <#if errors.has("indicators")><p class="field-error" id="indicators"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["indicators"])}</p></#if>
    <#list form.indicators() as row>
    <fieldset class="library-indicator">
      <legend>${t("library.indicator.number", row?index + 1)}</legend>
      <#assign n = row?index>
      <@f.input errors=errors name="indicator-${n}-name" label=t("library.indicator.name") value=row["name"] maxlength=300/>
      <@f.input errors=errors name="indicator-${n}-unit" label=t("library.indicator.unit") value=row["unit"] maxlength=60/>
      <@f.input errors=errors name="indicator-${n}-before" label=t("library.indicator.before") value=row["before"]/>
      <@f.input errors=errors name="indicator-${n}-yearBefore" label=t("library.indicator.year-before") value=row["yearBefore"] maxlength=4/>
      <@f.input errors=errors name="indicator-${n}-after" label=t("library.indicator.after") value=row["after"]/>
      <@f.input errors=errors name="indicator-${n}-yearAfter" label=t("library.indicator.year-after") value=row["yearAfter"] maxlength=4/>
    </fieldset>
    </#list>
  </fieldset>
  <#if errors.has("targets")><p class="field-error" id="targets"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["targets"])}</p></#if>
  <@g.picker model=picker legend=t("library.targets") hint=t("library.targets-hint")/>
  <fieldset>
    <legend>${t("goals.dimensions")}</legend>
    <p class="hint">${t("library.field.dimensions-hint")}</p>
    <#list dimensions as d>
    <div class="checkbox"><input type="checkbox" id="dimension-${d?lower_case}" name="dimensions" value="${d}"<#if form.dimensions()?seq_contains(d?string)> checked</#if>><label for="dimension-${d?lower_case}">${t("goals.dimension." + d)}</label></div>
    </#list>
  </fieldset>
  <@f.input errors=errors name="tags" label=t("library.field.tags") value=form.value("tags") hint=t("library.field.tags-hint") maxlength=1000/>
  <@f.textarea errors=errors name="links" label=t("library.field.links") value=form.value("links") hint=t("library.field.links-hint") maxlength=4000/>
  <fieldset<#if errors.has("network")> class="field--error"</#if>>
    <legend>${t("library.field.visibility")}</legend>
    <#list ["ORGANISATION", "NETWORK", "PUBLIC"] as v>
    <#if v != "NETWORK" || networks?has_content>
    <div class="checkbox"><input type="radio" id="visibility-${v?lower_case}" name="visibility" value="${v}"<#if form.value("visibility") == v> checked</#if>><label for="visibility-${v?lower_case}">${t("library.visibility." + v)}</label></div>
    </#if>
    </#list>
    <#if networks?has_content>
    <div class="field">
      <label for="network">${t("library.field.network")}</label>
      <#if errors.has("network")><p class="field-error" id="network-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["network"])}</p></#if>
      <select id="network" name="network"<#if errors.has("network")> aria-invalid="true" aria-describedby="network-error"</#if>>
        <option value="">${t("library.field.network-choose")}</option>
        <#list networks as n><option value="${n.id()?c}"<#if form.value("network") == n.id()?c> selected</#if>>${n.name()}</option></#list>
      </select>
    </div>
    </#if>
  </fieldset>
  <button type="submit" class="button">${t("library.save")}</button>
</form>
<#if example??><p><a href="/library/examples/${example.id()?c}">${t("library.cancel")}</a></p></#if>
</@layout.page>
