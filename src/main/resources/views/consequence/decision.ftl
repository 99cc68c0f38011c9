<#import "../layout.ftl" as layout>
<#import "../forms.ftl" as f>
<#import "parts.ftl" as c>
<#import "decision-parts.ftl" as d>
<#assign base = "/consequence/cases/" + kase.id()?c + "/decision">
<@layout.page title=t("consequence.decision.title", kase.title())>
<@c.caseNav kase "decision"/>
<#if done?has_content><#if done == "sent"><div class="notice" role="status">${t("consequence.decision.sent.plural", queued)}</div><#else><@f.notice "consequence.decision.done." + done/></#if></#if>
<#if decided??>
<@d.decision decided/>
<#if canManage><p class="actions"><a class="button button--quiet" href="${base}/edit">${t("consequence.decision.change")}</a> <a class="button button--quiet" href="${base}/translations">${t("consequence.decision.translate")}</a></p></#if>
<h2 id="feedback-heading">${t("consequence.feedback.heading")}</h2>
<p>${t("consequence.feedback.public")} <a href="/feedback/${decided.row().publicKey()}">${t("consequence.feedback.open")}</a></p>
<#if dialogues?has_content><p>${t("consequence.feedback.linked-from")}</p><ul><#list dialogues as dl><li><a href="${dl.href()}" lang="${dl.titleLang()}">${dl.title()}</a></li></#list></ul></#if>
<p>${t("consequence.feedback.recipients.plural", recipients)}</p>
<#if canManage && recipients gt 0>
<form method="post" action="${base}/send">
  <@f.csrfField/>
  <button type="submit" class="button">${t("consequence.feedback.send")}</button>
</form>
</#if>
<#if canContact>
<h2 id="stakeholders-heading">${t("consequence.feedback.stakeholders")}</h2>
<#if stakeholders?has_content>
<p>${t("consequence.feedback.stakeholders-hint")}</p>
<div class="table-wrap">
<table aria-labelledby="stakeholders-heading" class="feedback-stakeholders">
  <thead><tr><th scope="col">${t("consequence.feedback.contact")}</th><th scope="col">${t("consequence.feedback.email")}</th><th scope="col">${t("consequence.feedback.status")}</th></tr></thead>
  <tbody>
  <#list stakeholders as s>
  <tr><th scope="row"><bdi>${s.participant().name()}</bdi></th><td>${s.participant().email()}</td><td>${t("consequence.feedback.status." + (s.message()??)?then(s.message().status().name(), "NONE"))}</td></tr>
  </#list>
  </tbody>
</table>
</div>
<form method="post" action="${base}/send-stakeholders">
  <@f.csrfField/>
  <button type="submit" class="button">${t("consequence.feedback.send-stakeholders")}</button>
</form>
<#else><p>${t("consequence.feedback.stakeholders-none")}</p></#if>
</#if>
<h2 id="revisions-heading">${t("consequence.decision.revisions")}</h2>
<ol class="revisions" aria-labelledby="revisions-heading">
<#list revisions as r>
  <li><p>${fmt.dateTime(r.row().createdAt())}<#if r.who()?has_content> · <bdi>${r.who()}</bdi></#if></p><p class="prewrap">${r.row().content()}</p></li>
</#list>
</ol>
<#else>
<p>${t("consequence.decision.none")}</p>
<#if canManage><p class="actions"><a class="button" href="${base}/edit">${t("consequence.decision.record")}</a></p></#if>
</#if>
</@layout.page>
