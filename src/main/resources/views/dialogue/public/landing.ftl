<#import "../../layout.ftl" as layout>
<#import "../../forms.ftl" as f>
<#import "parts.ftl" as d>
<#import "../../charts.ftl" as ch>
<@layout.page title=title.value() titleLang=title.lang()>
<@d.languages dialogue/>
<#if availability == "NOT_YET_OPEN">
  <p class="notice" role="status">${t("dialogue.status.not-yet-open", fmt.dateTime(dialogue.opensAt()))}</p>
<#elseif availability == "CLOSED">
  <p class="notice" role="status">${t("dialogue.status.closed")}</p>
  <#if dialogue.summaryPublished()><p><a href="/d/${dialogue.publicKey()}/summary">${t("dialogue.summary.link")}</a></p></#if>
</#if>
<#-- Decisions this dialogue informed, also while it is still open (an earlier round's answers may have been used). -->
<@d.decidedLinks/>
<#assign intro = dialogue.text("introduction", lang.code())>
<#if intro.value()?has_content><div class="lead"><@d.paragraphs intro/></div></#if>
<#-- What the dialogue was started on (an indicator): its chart with the same figures in a table, in the reader's language. -->
<#if attached?has_content>
<section aria-labelledby="subject-heading">
  <h2 id="subject-heading">${t("dialogue.subject.heading")}</h2>
  <#list attached as a>
  <@ch.figure chart=a.chart()/>
  <#if a.note()?has_content><p>${a.note()}</p></#if>
  </#list>
</section>
</#if>
<dl class="dialogue-facts">
  <#assign organiser = dialogue.text("organiser", lang.code())>
  <#if organiser.value()?has_content><dt>${t("dialogue.organiser")}</dt><dd><@d.text organiser/></dd></#if>
  <#if dialogue.closesAt()??><dt>${t("dialogue.closes")}</dt><dd>${fmt.dateTime(dialogue.closesAt())}</dd></#if>
  <#if availability == "OPEN"><dt>${t("dialogue.length")}</dt><dd>${t("dialogue.length.value", questionCount, pageCount)}</dd></#if>
  <dt>${t("dialogue.anonymity")}</dt><dd>${dialogue.anonymous()?then(t("dialogue.anonymous.yes"), t("dialogue.anonymous.no"))}</dd>
</dl>
<#assign purpose = dialogue.text("purpose", lang.code())>
<#if purpose.value()?has_content><h2>${t("dialogue.purpose")}</h2><@d.paragraphs purpose/></#if>
<#assign use = dialogue.text("useOfInput", lang.code())>
<#if use.value()?has_content><h2>${t("dialogue.use-of-input")}</h2><@d.paragraphs use/></#if>
<#if availability == "OPEN">
<section class="panel" aria-labelledby="start-heading">
  <h2 id="start-heading">${t("dialogue.start.heading")}</h2>
  <@f.errorSummary errors/>
  <form method="post" action="/d/${dialogue.publicKey()}/start" class="form" novalidate>
    <@f.csrfField/>
    <input type="hidden" name="attempt" value="${attempt}">
    <#if invitation?has_content><input type="hidden" name="invitation" value="${invitation}"></#if>
    <@d.honeypot/>
    <#assign privacy = dialogue.text("privacy", lang.code())>
    <#if privacy.value()?has_content>
    <h3 id="privacy-heading">${t("dialogue.privacy")}</h3>
    <div class="privacy-text"><@d.paragraphs privacy/></div>
    </#if>
    <#if needsConsent>
    <div class="field<#if errors.has("consent")> field--error</#if>">
      <#if errors.has("consent")><p class="field-error" id="consent-error"><span class="visually-hidden">${t("form.error.prefix")} </span>${t(errors.fields["consent"])}</p></#if>
      <div class="checkbox">
        <input type="checkbox" id="consent" name="consent" value="yes"<#if errors.has("consent")> aria-invalid="true" aria-describedby="consent-error"</#if>>
        <label for="consent">${t("dialogue.consent")}</label>
      </div>
    </div>
    </#if>
    <#if !dialogue.anonymous()>
    <fieldset class="contact">
      <legend>${t("dialogue.contact.legend")}</legend>
      <p class="hint">${t("dialogue.contact.hint")}</p>
      <@f.input errors=errors name="name" label=t("dialogue.contact.name") value=name autocomplete="name" maxlength=200/>
      <@f.input errors=errors name="email" label=t("dialogue.contact.email") value=email type="email" autocomplete="email" maxlength=254/>
    </fieldset>
    </#if>
    <#if dialogue.requiresCode()>
    <@f.input errors=errors name="code" label=t("dialogue.code") value=code autocomplete="off" required=true hint=t("dialogue.code.hint")/>
    </#if>
    <button type="submit" class="button">${t("dialogue.start")}</button>
  </form>
</section>
</#if>
</@layout.page>
