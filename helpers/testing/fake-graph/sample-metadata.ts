// A small CSDL model (hand-written, not copied from Graph) that the fake Graph serves at
// /{version}/$metadata: the entity types, enums and navigation paths of the seed contracts in
// contracts/, with deliberate drift so a model check has something to report without an error:
// appLogUploadState has a member the page does not list (`canceled`), and flaggedReasons is
// typed by an enum where the page says String.
const SCHEMA = `<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="appLogUploadState">
        <Member Name="pending" Value="0" /><Member Name="completed" Value="1" /><Member Name="failed" Value="2" />
        <Member Name="canceled" Value="3" /><Member Name="unknownFutureValue" Value="4" />
      </EnumType>
      <EnumType Name="managedAppLogUploadConsent">
        <Member Name="default" Value="0" /><Member Name="declined" Value="1" /><Member Name="accepted" Value="2" /><Member Name="unknownFutureValue" Value="3" />
      </EnumType>
      <EnumType Name="complianceStatus">
        <Member Name="unknown" Value="0" /><Member Name="notApplicable" Value="1" /><Member Name="compliant" Value="2" /><Member Name="remediated" Value="3" />
        <Member Name="nonCompliant" Value="4" /><Member Name="error" Value="5" /><Member Name="conflict" Value="6" /><Member Name="notAssigned" Value="7" />
      </EnumType>
      <EnumType Name="managedAppFlaggedReason">
        <Member Name="none" Value="0" /><Member Name="rootedDevice" Value="1" />
      </EnumType>
      <EntityType Name="entity" Abstract="true">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
      </EntityType>
      <ComplexType Name="mobileAppIdentifier" Abstract="true" />
      <ComplexType Name="managedAppLogUpload">
        <Property Name="managedAppComponent" Type="Edm.String" />
      </ComplexType>
      <EntityType Name="managedAppLogCollectionRequest" BaseType="graph.entity">
        <Property Name="managedAppRegistrationId" Type="Edm.String" />
        <Property Name="status" Type="Edm.String" />
        <Property Name="requestedBy" Type="Edm.String" />
        <Property Name="requestedDateTime" Type="Edm.DateTimeOffset" Nullable="false" />
        <Property Name="completedDateTime" Type="Edm.DateTimeOffset" />
        <Property Name="userLogUploadConsent" Type="graph.managedAppLogUploadConsent" />
        <Property Name="uploadedLogs" Type="Collection(graph.managedAppLogUpload)" />
        <Property Name="version" Type="Edm.String" />
      </EntityType>
      <EntityType Name="managedAppRegistration" BaseType="graph.entity">
        <Property Name="createdDateTime" Type="Edm.DateTimeOffset" Nullable="false" />
        <Property Name="lastSyncDateTime" Type="Edm.DateTimeOffset" Nullable="false" />
        <Property Name="applicationVersion" Type="Edm.String" />
        <Property Name="managementSdkVersion" Type="Edm.String" />
        <Property Name="platformVersion" Type="Edm.String" />
        <Property Name="deviceType" Type="Edm.String" />
        <Property Name="deviceTag" Type="Edm.String" />
        <Property Name="deviceName" Type="Edm.String" />
        <Property Name="flaggedReasons" Type="Collection(graph.managedAppFlaggedReason)" Nullable="false" />
        <Property Name="userId" Type="Edm.String" />
        <Property Name="appIdentifier" Type="graph.mobileAppIdentifier" />
        <Property Name="version" Type="Edm.String" />
        <NavigationProperty Name="managedAppLogCollectionRequests" Type="Collection(graph.managedAppLogCollectionRequest)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="deviceLogCollectionResponse" BaseType="graph.entity">
        <Property Name="status" Type="graph.appLogUploadState" Nullable="false" />
        <Property Name="managedDeviceId" Type="Edm.Guid" Nullable="false" />
        <Property Name="errorCode" Type="Edm.Int64" Nullable="false" />
        <Property Name="requestedDateTimeUTC" Type="Edm.DateTimeOffset" />
        <Property Name="receivedDateTimeUTC" Type="Edm.DateTimeOffset" />
        <Property Name="initiatedByUserPrincipalName" Type="Edm.String" />
        <Property Name="expirationDateTimeUTC" Type="Edm.DateTimeOffset" />
        <Property Name="size" Type="Edm.Double" Nullable="false" />
        <Property Name="sizeInKB" Type="Edm.Double" Nullable="false" />
        <Property Name="enrolledByUser" Type="Edm.String" />
      </EntityType>
      <EntityType Name="managedDevice" BaseType="graph.entity">
        <Property Name="deviceName" Type="Edm.String" />
        <NavigationProperty Name="logCollectionRequests" Type="Collection(graph.deviceLogCollectionResponse)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="deviceManagementScriptDeviceState" BaseType="graph.entity">
        <NavigationProperty Name="managedDevice" Type="graph.managedDevice" Nullable="false" />
      </EntityType>
      <EntityType Name="deviceManagementScript" BaseType="graph.entity">
        <NavigationProperty Name="deviceRunStates" Type="Collection(graph.deviceManagementScriptDeviceState)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="managedDeviceMobileAppConfigurationUserStatus" BaseType="graph.entity">
        <Property Name="userDisplayName" Type="Edm.String" />
        <Property Name="devicesCount" Type="Edm.Int32" Nullable="false" />
        <Property Name="status" Type="graph.complianceStatus" Nullable="false" />
        <Property Name="lastReportedDateTime" Type="Edm.DateTimeOffset" Nullable="false" />
        <Property Name="userPrincipalName" Type="Edm.String" />
      </EntityType>
      <EntityType Name="managedDeviceMobileAppConfiguration" BaseType="graph.entity">
        <NavigationProperty Name="userStatuses" Type="Collection(graph.managedDeviceMobileAppConfigurationUserStatus)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="userAppInstallStatus" BaseType="graph.entity">
        <Property Name="userName" Type="Edm.String" />
        <Property Name="userPrincipalName" Type="Edm.String" />
        <Property Name="installedDeviceCount" Type="Edm.Int32" Nullable="false" />
        <Property Name="failedDeviceCount" Type="Edm.Int32" Nullable="false" />
        <Property Name="notInstalledDeviceCount" Type="Edm.Int32" Nullable="false" />
      </EntityType>
      <EntityType Name="mobileApp" BaseType="graph.entity">
        <NavigationProperty Name="userStatuses" Type="Collection(graph.userAppInstallStatus)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="deviceAppManagement" BaseType="graph.entity">
        <NavigationProperty Name="managedAppRegistrations" Type="Collection(graph.managedAppRegistration)" ContainsTarget="true" />
        <NavigationProperty Name="mobileAppConfigurations" Type="Collection(graph.managedDeviceMobileAppConfiguration)" ContainsTarget="true" />
        <NavigationProperty Name="mobileApps" Type="Collection(graph.mobileApp)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="deviceManagement" BaseType="graph.entity">
        <NavigationProperty Name="deviceManagementScripts" Type="Collection(graph.deviceManagementScript)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="user" BaseType="graph.entity">
        <NavigationProperty Name="managedAppRegistrations" Type="Collection(graph.managedAppRegistration)" />
      </EntityType>
      <EntityContainer Name="GraphService">
        <Singleton Name="deviceAppManagement" Type="graph.deviceAppManagement" />
        <Singleton Name="deviceManagement" Type="graph.deviceManagement" />
        <EntitySet Name="users" EntityType="graph.user" />
        <EntitySet Name="managedAppRegistrations" EntityType="graph.managedAppRegistration" />
      </EntityContainer>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>
`;

/** The model the fake serves for `version` (the same types for beta and v1.0: enough for the seeds). */
export function sampleCsdl(): string {
  return SCHEMA;
}
