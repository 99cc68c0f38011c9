<#import "../../layout.ftl" as layout>
<@layout.page title=t("dialogue.saved.title")>
<p class="lead">${t("dialogue.saved.lead")}</p>
<div class="field">
  <label for="private-link">${t("dialogue.saved.link")}</label>
  <p class="hint" id="private-link-hint">${t("dialogue.saved.hint")}</p>
  <input id="private-link" type="text" class="copy-field" readonly value="${privateLink}" aria-describedby="private-link-hint" dir="ltr">
</div>
<p><a class="button" href="${continuePath}">${t("dialogue.saved.continue")}</a></p>
</@layout.page>
