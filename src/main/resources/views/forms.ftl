<#-- Accessible form parts: an error summary that links to each field, labelled fields with hints and
     inline errors (aria-invalid, aria-describedby), and the CSRF field. -->
<#macro csrfField><input type="hidden" name="_csrf" value="${csrf}"></#macro>

<#macro errorSummary errors>
<#if !errors.isEmpty()>
<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title" data-autofocus>
  <h2 id="error-summary-title">${t("form.errors.title")}</h2>
  <ul>
  <#list errors.fields as field, key>
    <li><a href="#${field}">${t(key)}</a></li>
  </#list>
  </ul>
</div>
</#if>
</#macro>

<#macro describedBy errors name hint>
<#local ids = []>
<#if hint?has_content><#local ids = ids + [name + "-hint"]></#if>
<#if errors.has(name)><#local ids = ids + [name + "-error"]></#if>
<#if ids?has_content> aria-describedby="${ids?join(" ")}"</#if><#if errors.has(name)> aria-invalid="true"</#if></#macro>

<#macro fieldMessages errors name hint>
<#if hint?has_content><p class="hint" id="${name}-hint">${hint}</p></#if>
<#if errors.has(name)><p class="field-error" id="${name}-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields[name])}</p></#if>
</#macro>

<#macro input errors name label value="" type="text" autocomplete="" required=false hint="" maxlength=0>
<div class="field<#if errors.has(name)> field--error</#if>">
  <label for="${name}">${label}<#if required> <span class="required">${t("form.required")}</span></#if></label>
  <@fieldMessages errors name hint/>
  <input id="${name}" name="${name}" type="${type}" value="${value}"<#if autocomplete?has_content> autocomplete="${autocomplete}"</#if><#if required> required</#if><#if maxlength gt 0> maxlength="${maxlength?c}"</#if><@describedBy errors name hint/>>
</div>
</#macro>

<#macro textarea errors name label value="" required=false hint="" maxlength=0>
<div class="field<#if errors.has(name)> field--error</#if>">
  <label for="${name}">${label}<#if required> <span class="required">${t("form.required")}</span></#if></label>
  <@fieldMessages errors name hint/>
  <textarea id="${name}" name="${name}" rows="4"<#if required> required</#if><#if maxlength gt 0> maxlength="${maxlength?c}"</#if><@describedBy errors name hint/>>${value}</textarea>
</div>
</#macro>

<#-- options: list of [value, label] pairs -->
<#macro select errors name label options selected="" required=false hint="" empty="">
<div class="field<#if errors.has(name)> field--error</#if>">
  <label for="${name}">${label}<#if required> <span class="required">${t("form.required")}</span></#if></label>
  <@fieldMessages errors name hint/>
  <select id="${name}" name="${name}"<#if required> required</#if><@describedBy errors name hint/>>
    <#if empty?has_content><option value="">${empty}</option></#if>
    <#list options as option>
    <option value="${option[0]}"<#if option[0] == selected> selected</#if>>${option[1]}</option>
    </#list>
  </select>
</div>
</#macro>

<#macro notice key><#if key?has_content><div class="notice" role="status">${t(key)}</div></#if></#macro>
<#macro problem key><#if key?has_content><div class="problem" role="alert">${t(key)}</div></#if></#macro>

<#-- A text a person writes in several languages: one field per UI language, named <name>-<code>, marked with
     that language's lang and dir. values: language code to text. Only the reference language (the first) is
     required; readers of a missing translation see the reference text. -->
<#macro translatedInput errors name label values required=false multiline=false maxlength=0 hint="">
<fieldset class="translations<#if errors.has(name + "-" + uiLanguages[0].code())> field--error</#if>">
  <legend>${label}</legend>
  <#if hint?has_content><p class="hint">${hint}</p></#if>
  <#list uiLanguages as l>
  <#local field = name + "-" + l.code()>
  <#local isRequired = required && l?is_first>
  <div class="field">
    <label for="${field}">${t("form.in-language", l.nativeName())}<#if isRequired> <span class="required">${t("form.required")}</span></#if></label>
    <#if errors.has(field)><p class="field-error" id="${field}-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields[field])}</p></#if>
    <#if multiline>
    <textarea id="${field}" name="${field}" rows="3" lang="${l.code()}" dir="${l.dir()}"<#if isRequired> required</#if><#if maxlength gt 0> maxlength="${maxlength?c}"</#if><#if errors.has(field)> aria-invalid="true" aria-describedby="${field}-error"</#if>>${values[l.code()]!""}</textarea>
    <#else>
    <input id="${field}" name="${field}" type="text" value="${values[l.code()]!""}" lang="${l.code()}" dir="${l.dir()}"<#if isRequired> required</#if><#if maxlength gt 0> maxlength="${maxlength?c}"</#if><#if errors.has(field)> aria-invalid="true" aria-describedby="${field}-error"</#if>>
    </#if>
  </div>
  </#list>
</fieldset>
</#macro>
