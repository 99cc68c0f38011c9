<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<@layout.page title=t("relevance.new")>
<@f.errorSummary errors/>
<form method="post" action="/relevance/new" class="form" novalidate>
  <@f.csrfField/>
  <@f.input errors=errors name="year" label=t("relevance.field.year") value=form.yearText() type="number" required=true/>
  <@f.input errors=errors name="title" label=t("relevance.field.title") value=form.title()!"" hint=t("relevance.field.title-hint") required=true maxlength=200/>
  <fieldset class="field">
    <legend>${t("relevance.field.frameworks")}</legend>
    <p class="hint">${t("relevance.field.frameworks-hint")}</p>
    <#list frameworks as fw>
    <div class="checkbox"><input type="checkbox" id="framework-${fw?index}" name="frameworks" value="${fw[0]}"<#if (form.frameworks()![])?seq_contains(fw[0])> checked</#if>><label for="framework-${fw?index}">${fw[1]}</label></div>
    </#list>
  </fieldset>
  <fieldset class="field<#if errors.has("units")> field--error</#if>" id="units" tabindex="-1">
    <legend>${t("relevance.field.units")} <span class="required">${t("form.required")}</span></legend>
    <p class="hint">${t("relevance.field.units-hint")}</p>
    <#if errors.has("units")><p class="field-error" id="units-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["units"])}</p></#if>
    <#if !units?has_content><p>${t("relevance.field.units-none")}</p></#if>
    <div class="table-wrap">
    <table>
      <thead><tr><th scope="col">${t("relevance.field.unit")}</th><th scope="col">${t("relevance.field.contact")}</th></tr></thead>
      <tbody>
      <#list units as u>
      <tr>
        <td><div class="checkbox"><input type="checkbox" id="unit-${u.id()?c}" name="units" value="${u.id()?c}"<#if (form.units()![])?seq_contains(u.id())> checked</#if>><label for="unit-${u.id()?c}"><bdi>${u.name()}</bdi></label></div></td>
        <td><label class="visually-hidden" for="contact-${u.id()?c}">${t("relevance.field.contact-of", u.name())}</label>
          <select id="contact-${u.id()?c}" name="contact-${u.id()?c}">
            <option value="">${t("relevance.field.contact-none")}</option>
            <#list staff as s><option value="${s.id()?c}"<#if form.contactText(u.id()) == s.id()?c> selected</#if>>${s.displayName()}</option></#list>
          </select></td>
      </tr>
      </#list>
      </tbody>
    </table>
    </div>
  </fieldset>
  <@f.input errors=errors name="deadline" label=t("relevance.field.deadline") value=form.deadlineText() type="date" hint=t("relevance.field.deadline-hint") required=true/>
  <@f.textarea errors=errors name="instructions" label=t("relevance.field.instructions") value=form.instructions()!"" hint=t("relevance.field.instructions-hint") maxlength=4000/>
  <button type="submit" class="button">${t("relevance.open")}</button>
</form>
</@layout.page>
